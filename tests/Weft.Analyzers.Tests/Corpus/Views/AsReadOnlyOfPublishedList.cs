// The slot holds a read-only wrapper; the wrapped list stays writable in the caller's hands.
// Decided (WEFT0002 doc, published fields): the add above the publish changes the list the previous call published.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Weft.Slots;

namespace Corpus.Views.AsReadOnly;

public sealed class NameRegistry(Slot<ReadOnlyCollection<string>> slot)
{
    private readonly List<string> _names = new();

    public void Publish(string first)
    {
        _names.Add(first); // expect: WEFT0002
        slot.Publish(_names.AsReadOnly());
        _names.Add(first + "-backup"); // expect: WEFT0002
    }
}
