// Round 15, WEFT0005, a short request handler: it saves an upload and logs the outcome in a ContinueWith without a
// scheduler argument, which the page says runs on TaskScheduler.Current, the pool's here. The continuation reads the
// snapshot's Current there.
using System;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.ContinueWithLogsCurrent;

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
        _ = saved.ContinueWith(
            t => log($"{Tenant.Current.Name}: {(t.IsCompletedSuccessfully ? t.Result : -1)} bytes")); // expect: WEFT0005
        return saved;
    }
}
