// Quiet twin of AwaitInCatchThenCache: the catch's await resumes on the worker.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.AwaitInCatchThenCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RetryTable
{
    public Dictionary<string, int> Attempts { get; } = new();
}

public sealed class Forwarder
{
    public async Task ForwardAsync(Stream upstream, TextWriter log, string key, byte[] body)
    {
        var retries = RetryTable.Current;
        try
        {
            await upstream.WriteAsync(body);
        }
        catch (IOException ex)
        {
            await log.WriteLineAsync(ex.Message);
        }

        retries.Attempts[key] = retries.Attempts.GetValueOrDefault(key) + 1;
    }
}
