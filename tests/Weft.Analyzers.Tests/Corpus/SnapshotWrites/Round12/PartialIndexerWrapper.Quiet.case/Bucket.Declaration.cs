// A project of several files: a wrapper with a C# 13 partial indexer, declared here; its implementing part (in
// Bucket.Implementation.cs) stores into the wrapped list; Cleanup.cs builds it over snapshot data and sets an element.
// Reading taken: the wrapper's setter body is in another file, so the report is at the caller's assignment.
using System.Collections.Generic;

namespace Corpus.R12.PartialIndexerWrapperQuiet;

public sealed partial class Bucket(List<string> names)
{
    private readonly List<string> _names = names;

    public partial string this[int index] { get; set; }
}
