// WEFT0002 across files: a partial class whose field is written in this part and published in the other
// (Registry.Publish.cs). The field is published state, so the write here changes what an earlier Commit published.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.PartialTypePublishes;

public sealed partial class Registry(Slot<List<string>> slot)
{
    private readonly List<string> _names = new();

    public void Register(string name)
    {
        if (name.Length > 0)
        {
            _names.Add(name); // expect: WEFT0002
        }
    }
}
