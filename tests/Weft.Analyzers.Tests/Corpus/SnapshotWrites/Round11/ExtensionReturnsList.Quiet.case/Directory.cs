// Quiet twin: the extension method returns a spread copy of the snapshot's list.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.ExtensionReturnsListQuiet;

[ThreadLocalSlot]
public sealed partial class Directory
{
    public List<string> Users { get; init; } = []; // expect: WEFT0001
}

public static class DirectoryExtensions
{
    public static List<string> UsersOf(this Directory directory) => [.. directory.Users];
}
