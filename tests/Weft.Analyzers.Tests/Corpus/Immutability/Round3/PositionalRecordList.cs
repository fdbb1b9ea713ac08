// Round 3. A positional record as the snapshot: its parameters become init-only properties, but the property type
// is a List<T>. Reading taken: the diagnostic lands on the positional parameter that declares the property.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.Round3.PositionalRecordList;

[ThreadLocalSlot]
public sealed partial record BackendSet(
    string Name,
    List<string> Hosts); // expect: WEFT0001 "Hosts"
