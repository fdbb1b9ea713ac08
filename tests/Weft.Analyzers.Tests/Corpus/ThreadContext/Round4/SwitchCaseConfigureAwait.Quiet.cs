// Quiet twin of SwitchCaseConfigureAwait: the remote case awaits without ConfigureAwait(false).
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
                await Task.Delay(5);
                exists = false;
                break;
            default:
                exists = false;
                break;
        }

        if (!exists) misses.Missing.Add(path);
        return exists;
    }
}
