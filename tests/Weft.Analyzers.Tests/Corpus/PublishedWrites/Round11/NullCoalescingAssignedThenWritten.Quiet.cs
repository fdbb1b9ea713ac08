// Quiet twin: every call builds a new list from the previous one (a spread), so no published list is written.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.NullCoalescingAssignedThenWrittenQuiet;

public sealed class Registry(Slot<List<string>> slot)
{
    private List<string>? _names;

    public void Register(string name)
    {
        _names = _names is null ? [name] : [.. _names, name];
        slot.Publish(_names);
    }
}
