// C# 13 [OverloadResolutionPriority] makes the IReadOnlyList<string> overload (which only reads) win over the
// List<string> one, so the call reads the snapshot's list.
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Weft;

namespace Corpus.R12.OverloadPriorityQuiet;

[ThreadLocalSlot]
public sealed partial class Aliases
{
    public List<string> Names { get; init; } = []; // expect: WEFT0001
}

public static class Text
{
    public static string Describe(List<string> names)
    {
        names.Sort();
        return string.Join(",", names);
    }

    [OverloadResolutionPriority(1)]
    public static string Describe(IReadOnlyList<string> names) => string.Join(",", names.Order());
}

public static class Page
{
    public static string Render() => "\e[1m" + Text.Describe(Aliases.Current.Names);
}
