// WEFT0002, published fields: "Assigned on one path only, the write may reach the old object and is reported". The
// list is replaced only when a reset is asked for; otherwise the add reaches the list the previous call published.
// The quiet twin builds a new list on every path.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.R9.AssignedOnOnePath;

public sealed class NameBoard(Slot<List<string>> slot)
{
    private List<string> _names = new();

    public void Post(string name, bool reset)
    {
        if (reset)
        {
            _names = new List<string>();
        }

        _names.Add(name); // expect: WEFT0002
        slot.Publish(_names);
    }
}
