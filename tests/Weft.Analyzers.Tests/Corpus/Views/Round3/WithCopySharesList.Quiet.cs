// Round 3. The `with` copy gets a new list of its own before the add.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.WithCopySharesList;

[ThreadLocalSlot]
public sealed partial record Tags(int Version, List<string> Names); // expect: WEFT0001 "Names"

public static class Tagger
{
    public static Tags Next(string name)
    {
        var next = Tags.Current with { Version = Tags.Current.Version + 1, Names = new List<string>(Tags.Current.Names) };
        next.Names.Add(name);
        return next;
    }
}
