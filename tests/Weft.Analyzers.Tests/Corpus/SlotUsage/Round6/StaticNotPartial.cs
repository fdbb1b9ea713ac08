// WEFT0100 and WEFT0102 together: a static class marked [ThreadLocalSlot] and declared without partial. Reading: the
// two rules are independent ("A [ThreadLocalSlot] type declared without partial", "A static class marked
// [ThreadLocalSlot]"), so both are reported on the declaration.
using Weft;

namespace Corpus6a.StaticNotPartial;

[ThreadLocalSlot] public static class Limits { } // expect: WEFT0100, WEFT0102 "Limits"
