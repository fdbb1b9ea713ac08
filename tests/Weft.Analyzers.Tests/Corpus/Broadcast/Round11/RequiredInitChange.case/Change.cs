// A project of two files: a change type with `required` init-only members (one a List) in this file; the other file
// builds it in an object initializer and broadcasts it.
using System.Collections.Generic;

namespace Corpus.R11.RequiredInitChange;

public sealed class Change
{
    public required string Zone { get; init; }
    public required List<string> Hosts { get; init; }
}
