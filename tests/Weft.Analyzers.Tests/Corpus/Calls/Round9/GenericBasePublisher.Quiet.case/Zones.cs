using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.R9.GenericBasePublisher;

public sealed class Zones(Slot<List<string>> slot) : Publisher<List<string>>(slot)
{
    public void Load(IEnumerable<string> zones)
    {
        var list = new List<string>(zones);
        list.Sort();
        Commit(list);
    }
}
