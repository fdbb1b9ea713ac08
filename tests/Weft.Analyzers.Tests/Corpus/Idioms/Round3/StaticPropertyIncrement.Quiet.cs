// Round 3. The per-worker type counts in an instance field of its own (each worker its own instance).
using System.Collections.Generic;
using Weft;

namespace Corpus.Idioms.Round3.StaticPropertyIncrement;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public int Opened { get; private set; }

    [WorkerUpdate]
    private void Open(string peer) => Opened++;
}
