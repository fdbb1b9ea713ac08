// A project of two files: an extension method in this file hands out the snapshot's own list; the worker code in
// the other file appends to what it returns. Reported at the write.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.ExtensionReturnsList;

[ThreadLocalSlot]
public sealed partial class Directory
{
    public List<string> Users { get; init; } = []; // expect: WEFT0001
}

public static class DirectoryExtensions
{
    public static List<string> UsersOf(this Directory directory) => directory.Users;
}
