// Round 2. The helper keeps a copy of the list it was given; trimming the copy leaves the published list alone.
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
            _last.RemoveRange(max, _last.Count - max);
        }
    }

    private void Remember(List<string> entries) => _last = new List<string>(entries);
}
