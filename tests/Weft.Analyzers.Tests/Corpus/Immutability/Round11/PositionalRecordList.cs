// A positional snapshot record: its positional parameter becomes an init-only property of type List, writable by
// every worker. Reading taken: the report is on the positional parameter (the property's declaration).
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.PositionalRecordList;

[ThreadLocalSlot]
public sealed partial record Zones(
    string Region,
    List<string> Names); // expect: WEFT0001
