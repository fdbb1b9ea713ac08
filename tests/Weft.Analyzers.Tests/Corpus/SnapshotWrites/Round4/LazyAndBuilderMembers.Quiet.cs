// Quiet twin of LazyAndBuilderMembers: the snapshot holds a string banner and an immutable alias array; the greeter
// builds its text in a StringBuilder of its own seeded from the banner, and its own alias list.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Weft;

namespace Corpus.Round4.LazyAndBuilderMembersQuiet;

[ThreadLocalSlot]
public sealed partial class Naming
{
    public ImmutableArray<string> Aliases { get; init; } = ImmutableArray<string>.Empty;
    public string Banner { get; init; } = "";
}

public static class Greeter
{
    public static string Greet(string client, List<string> seen)
    {
        seen.AddRange(Naming.Current.Aliases);
        seen.Add(client);
        var banner = new StringBuilder(Naming.Current.Banner);
        banner.Append(client);
        return banner.ToString();
    }
}
