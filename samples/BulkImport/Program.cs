// BulkImport: a CSV of users into Descope through the streamed batch create (or invite), paced at Descope's limits,
// with a progress bar, a summary and files of the failed and (after Ctrl+C) remaining rows to feed back in.
//
//   dotnet run --project samples/BulkImport -- samples/BulkImport/users.csv
//       imports into an emulator started in this process, with Descope's user-create limit.
//   DESCOPE_PROJECT_ID=... DESCOPE_MANAGEMENT_KEY=... dotnet run --project samples/BulkImport -- users.csv [--invite]
//       imports into your Descope project.
//
// See README.md next to this file for the columns and options.
using BulkImport;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops after the request under way and writes what is left; a second one ends the process.
    if (!cancel.IsCancellationRequested)
    {
        e.Cancel = true;
        Console.Error.WriteLine();
        Console.Error.WriteLine("Cancelling: the request under way is abandoned (its users may have been created) and the remaining rows are written. Ctrl+C again quits at once.");
        cancel.Cancel();
    }
};

return await ImportCommand.RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected, cancel.Token);
