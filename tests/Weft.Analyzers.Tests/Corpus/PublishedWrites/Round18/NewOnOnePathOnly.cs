// WEFT0002: in the publishing method, the field is given a new list on one path only, so the Add (above the publish)
// may reach the list the previous call published.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class NewOnOnePathOnly
{
    private List<string> _names = new();
    private readonly Slot<List<string>> _slot;

    public NewOnOnePathOnly(Slot<List<string>> slot) => _slot = slot;

    public void Publish(string name, bool reset)
    {
        if (reset) _names = new List<string>();
        _names.Add(name); // expect: WEFT0002
        _slot.Publish(_names);
    }
}
