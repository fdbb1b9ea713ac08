// Round 2. An auto-property keeps the published list; another method of the type appends through the property.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.PropertyHeld;

public sealed class Membership(Slot<List<string>> slot)
{
    public List<string> Members { get; private set; } = new();

    public void Publish(List<string> members)
    {
        slot.Publish(members);
        Members = members;
    }

    public void Join(string member) => Members.Add(member); // expect: WEFT0002
}
