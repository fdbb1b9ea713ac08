// Round 3. A `with` copy of the record snapshot shares its list; adding to the copy's list writes the shared one.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.WithCopySharesList;

[ThreadLocalSlot]
public sealed partial record Tags(int Version, List<string> Names); // expect: WEFT0001 "Names"

public static class Tagger
{
    public static Tags Next(string name)
    {
        var next = Tags.Current with { Version = Tags.Current.Version + 1 };
        next.Names.Add(name); // expect: WEFT0003
        return next;
    }
}
