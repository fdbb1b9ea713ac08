// Quiet twin of InterfaceTypedPlainDictionary: the same interface-typed static, initialized with a ConcurrentDictionary
// (page: "so are writes to a static whose declared type is an interface but whose initializer creates a concurrent
// collection").
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.InterfaceTypedPlainDictionary;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Aliases
{
    private static readonly IDictionary<string, string> s_aliases = new ConcurrentDictionary<string, string>();
    private int _mine;

    [WorkerUpdate]
    public void Learn(string alias, string host)
    {
        _mine++;
        s_aliases.TryAdd(alias, host);
    }
}
