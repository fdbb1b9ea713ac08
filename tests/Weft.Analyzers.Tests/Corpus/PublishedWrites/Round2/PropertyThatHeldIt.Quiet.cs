// Round 2. The property keeps the caller's list and a copy is published; appending through the property is fine.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.PropertyHeld;

public sealed class Membership(Slot<List<string>> slot)
{
    public List<string> Members { get; private set; } = new();

    public void Publish(List<string> members)
    {
        slot.Publish(new List<string>(members));
        Members = members;
    }

    public void Join(string member) => Members.Add(member);
}
