// WEFT0004: the catch block awaits a log write with ConfigureAwait(false); after the try statement the worker's retry
// table is written — off the loop on the path through the catch.
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
            await log.WriteLineAsync(ex.Message).ConfigureAwait(false);
        }

        retries.Attempts[key] = retries.Attempts.GetValueOrDefault(key) + 1; // expect: WEFT0004
    }
}
