// WEFT0007 across files: the record broadcast is declared here with a List member; the per-worker type and the
// broadcast are in Listeners.cs. The argument's type is mutable through a member declared in another file.
using System.Collections.Immutable;

namespace Corpus.Broadcast.R9.RecordTypeElsewhere;

public sealed record PortUpdate(string Service, ImmutableArray<int> Ports);
