// Quiet twin of NewOnOnePathOnly: a new list is built on every path before the write (the page's example).
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
        _names = reset ? new List<string>() : new List<string>(_names);
        _names.Add(name);
        _slot.Publish(_names);
    }
}
