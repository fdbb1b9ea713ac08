// A naming snapshot keeps a Lazy<List<string>> of aliases and a StringBuilder banner; worker code appends to the
// lazily built list through `.Value` and to the banner. Both are snapshot data reached through member chains
// (WEFT0003). WEFT0001 reports both members: a Lazy<T> is an unsealed BCL class holding a mutable list, a
// StringBuilder is mutable.
using System;
using System.Collections.Generic;
using System.Text;
using Weft;

namespace Corpus.Round4.LazyAndBuilderMembers;

[ThreadLocalSlot]
public sealed partial class Naming
{
    public Lazy<List<string>> Aliases { get; init; } = new(() => new List<string>()); // expect: WEFT0001
    public StringBuilder Banner { get; init; } = new(); // expect: WEFT0001
}

public static class Greeter
{
    public static string Greet(string client)
    {
        Naming.Current.Aliases.Value.Add(client); // expect: WEFT0003
        StringBuilder banner = Naming.Current.Banner;
        banner.Append(client); // expect: WEFT0003
        return banner.ToString();
    }
}
