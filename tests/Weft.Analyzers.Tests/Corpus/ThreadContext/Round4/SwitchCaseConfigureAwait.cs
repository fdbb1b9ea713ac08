// WEFT0004: one case of a switch awaits with ConfigureAwait(false); the code after the switch may run off the loop on
// that path and writes the worker's negative cache.
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.SwitchCaseConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class NegativeCache
{
    public HashSet<string> Missing { get; } = new();
}

public sealed class FileLookup
{
    public async Task<bool> ExistsAsync(string path, string storage)
    {
        var misses = NegativeCache.Current;
        bool exists;
        switch (storage)
        {
            case "disk":
                exists = File.Exists(path);
                break;
            case "remote":
                await Task.Delay(5).ConfigureAwait(false);
                exists = false;
                break;
            default:
                exists = false;
                break;
        }

        if (!exists) misses.Missing.Add(path); // expect: WEFT0004
        return exists;
    }
}
