// Round 15, WEFT0005 quiet twin: the tenant's name is read on the worker before the continuation is attached.
using System;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.ContinueWithLogsCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Tenant
{
    public string Name { get; init; } = "";
}

public sealed class UploadHandler(Func<Stream, Task<long>> store, Action<string> log)
{
    public Task<long> SaveAsync(Stream body)
    {
        var saved = store(body);
        string tenant = Tenant.Current.Name;
        _ = saved.ContinueWith(
            t => log($"{tenant}: {(t.IsCompletedSuccessfully ? t.Result : -1)} bytes"));
        return saved;
    }
}
