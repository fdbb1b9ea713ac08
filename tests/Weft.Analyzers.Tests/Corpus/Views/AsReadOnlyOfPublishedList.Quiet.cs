// The wrapper is built over a copy; the registry's own list stays private.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Weft.Slots;

namespace Corpus.Views.AsReadOnly;

public sealed class NameRegistry(Slot<ReadOnlyCollection<string>> slot)
{
    private readonly List<string> _names = new();

    public void Publish(string first)
    {
        _names.Add(first);
        slot.Publish(new List<string>(_names).AsReadOnly());
        _names.Add(first + "-backup");
    }
}
