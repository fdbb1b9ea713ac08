// Round 3. The same calls on a List<T> member do write the shared list.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.ImmutableAddIsNotAWrite;

[ThreadLocalSlot]
public sealed partial class Tags
{
    public List<string> Names { get; init; } = new(); // expect: WEFT0001 "Names"
}

public static class Tagger
{
    public static Tags With(string name)
    {
        var names = Tags.Current.Names;
        names.Add(name); // expect: WEFT0003
        names.Remove("old"); // expect: WEFT0003
        return new Tags { Names = names };
    }
}
