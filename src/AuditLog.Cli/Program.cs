using AuditLog.Cli;

// Everything lives in AuditLogCommandLine so tests can run the same code in-process.
return await AuditLogCommandLine.RunAsync(args, Console.Out, Console.Error, configuration: null, CancellationToken.None).ConfigureAwait(false);
