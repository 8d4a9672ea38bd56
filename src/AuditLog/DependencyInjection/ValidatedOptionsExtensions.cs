using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The one way options are validated, in every package: field rules are data annotations checked by a
/// source-generated <see cref="OptionsValidatorAttribute"/> validator; rules across fields, if any, by one
/// hand-written validator beside the options type. Both run at start-up; registering twice adds nothing.
/// </summary>
internal static class ValidatedOptionsExtensions
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TFieldRules>(this IServiceCollection services)
        where TOptions : class
        where TFieldRules : class, IValidateOptions<TOptions> =>
        services.AddOptionsWithValidateOnStart<TOptions, TFieldRules>();

    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TFieldRules, TCrossFieldRules>(this IServiceCollection services)
        where TOptions : class
        where TFieldRules : class, IValidateOptions<TOptions>
        where TCrossFieldRules : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TCrossFieldRules>());
        return services.AddValidatedOptions<TOptions, TFieldRules>();
    }
}
