// Round 3. A [WorkerUpdate] method increments a static auto-property: the compiler-made backing field is a static field. Reading taken: the docs name static fields; a static auto-property is one behind a setter, so its ++ is the same lost update.
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
    public static int Opened { get; private set; }

    [WorkerUpdate]
    private void Open(string peer) => Opened++; // expect: WEFT0006
}
