// WEFT0109: a positional record parameter named `Current` declares a property `Current` on the slot type.
using Weft;

namespace Corpus6a.HiddenPositionalCurrent;

[ThreadLocalSlot]
public sealed partial record Routes(int Current); // expect: WEFT0109 "Current"
