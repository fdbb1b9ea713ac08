// WEFT0002: "assigning a property with its own set accessor is a call of that accessor with the value". The setter
// of Latest sorts the list it is given; assigning the published list to it after the publish writes that list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.R9.SetterWritesValue;

public sealed class Tracker
{
    private List<int> _latest = new();

    public List<int> Latest
    {
        get => _latest;
        set
        {
            value.Sort();
            _latest = value;
        }
    }
}

public static class Ports
{
    public static void Publish(Slot<List<int>> slot, Tracker tracker, IEnumerable<int> ports)
    {
        var list = new List<int>(ports);
        slot.Publish(list);
        tracker.Latest = list; // expect: WEFT0002
    }
}
