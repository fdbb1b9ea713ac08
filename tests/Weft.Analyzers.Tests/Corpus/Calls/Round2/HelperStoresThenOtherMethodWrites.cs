// Round 2. A helper keeps the list it was given in a field; the published list goes through it, and a later method
// trims what the field holds.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.StoresInField;

public sealed class AllowList(Slot<List<string>> slot)
{
    private List<string> _last = new();

    public void Publish(List<string> entries)
    {
        slot.Publish(entries);
        Remember(entries);
    }

    public void Trim(int max)
    {
        if (_last.Count > max)
        {
            _last.RemoveRange(max, _last.Count - max); // expect: WEFT0002
        }
    }

    private void Remember(List<string> entries) => _last = entries;
}
