// The remembered cache is trimmed on the loop the connection closes on (its own worker), through Dispatcher.Current.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

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
            Dispatcher.Current?.Post(() => cache.Trim(1000));
        }
    }
}
