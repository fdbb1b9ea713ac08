// Round 3. The dictionary is frozen into a FrozenDictionary (a copy) before publishing; the source may change afterwards.
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft.Slots;
using Weft;

namespace Corpus.Views.Round3.ReadOnlyDictionarySource;

public static class Aliases
{
    public static void Load(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<FrozenDictionary<string, string>>();
        var map = new Dictionary<string, string> { ["www"] = "web" };
        slot.Publish(map.ToFrozenDictionary());
        map["api"] = "backend";
    }
}
