namespace AuditLog.PostgreSql.Tests.Support;

/// <summary>One throwaway PostgreSQL server for every test class of the assembly that joins this collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlFixture>
{
    public const string Name = "PostgreSQL";
}
