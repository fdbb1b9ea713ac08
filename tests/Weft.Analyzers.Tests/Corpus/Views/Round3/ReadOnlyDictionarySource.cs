// Round 3. A ReadOnlyDictionary over a Dictionary is published; the Dictionary behind it is then written. Reading taken: the docs name list.AsReadOnly() and ReadOnlyCollection<T>; ReadOnlyDictionary is the same kind of view.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Weft.Slots;
using Weft;

namespace Corpus.Views.Round3.ReadOnlyDictionarySource;

public static class Aliases
{
    public static void Load(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<ReadOnlyDictionary<string, string>>();
        var map = new Dictionary<string, string> { ["www"] = "web" };
        slot.Publish(new ReadOnlyDictionary<string, string>(map));
        map["api"] = "backend"; // expect: WEFT0002 "map"
    }
}
