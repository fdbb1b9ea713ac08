// The worker's cache is remembered in a field when a connection opens; a later method ships it to the thread pool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.StoredInField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCache
{
    private readonly Dictionary<string, byte[]> _entries = new();

    public void Trim(int max)
    {
        if (_entries.Count > max)
        {
            _entries.Clear();
        }
    }
}

public sealed class Connection
{
    private ResponseCache? _cache;

    public void OnOpened() => _cache = ResponseCache.Current;

    public void OnClosed()
    {
        var cache = _cache;
        if (cache is not null)
        {
            _ = Task.Run(() => cache.Trim(1000)); // expect: WEFT0004
        }
    }
}
