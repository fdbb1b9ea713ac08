// Quiet twin: the helper gets a copy of the snapshot's list.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.RefReadonlyParameterQuiet;

[ThreadLocalSlot]
public sealed partial class Aliases
{
    public List<string> Names { get; init; } = []; // expect: WEFT0001
}

public static class Normalizer
{
    private static void AddDefault(ref readonly List<string> names) => names.Add("default");

    public static List<string> Run()
    {
        var names = new List<string>(Aliases.Current.Names);
        AddDefault(in names);
        return names;
    }
}
