// WEFT0006: a static declared as IDictionary<K,V> whose initializer creates a plain Dictionary, TryAdd'ed (the
// IDictionary extension) from a [WorkerUpdate]. Page: quiet only when "the initializer creates a concurrent collection";
// a plain Dictionary behind the interface is a non-concurrent collection.
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.InterfaceTypedPlainDictionary;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Aliases
{
    private static readonly IDictionary<string, string> s_aliases = new Dictionary<string, string>();
    private int _mine;

    [WorkerUpdate]
    public void Learn(string alias, string host)
    {
        _mine++;
        s_aliases.TryAdd(alias, host); // expect: WEFT0006
    }
}
