// A `ref readonly` parameter only stops reassigning the variable: the List it refers to is still writable, and the
// helper appends to it. Called with the snapshot's member. Reading taken: reported at the call or in the helper.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.RefReadonlyParameter;

[ThreadLocalSlot]
public sealed partial class Aliases
{
    public List<string> Names { get; init; } = []; // expect: WEFT0001
}

public static class Normalizer
{
    private static void AddDefault(ref readonly List<string> names) => names.Add("default"); // expect: WEFT0003 #escape

    public static void Run()
    {
        var names = Aliases.Current.Names;
        AddDefault(in names); // expect: WEFT0003 #escape
    }
}
