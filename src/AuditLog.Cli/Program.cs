using System.Text;
using AuditLog.Cli;
using AuditLog.Cli.Progress;

// Exports are UTF-8 data whatever the platform's console code page; no byte order mark in front of them.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

// Everything lives in AuditLogCommandLine so tests can run the same code in-process.
return await AuditLogCommandLine.RunAsync(args, CliConsole.ForProcess(TerminalDetection.Process), configuration: null, CancellationToken.None).ConfigureAwait(false);
