namespace Corpus.R11.WithCopyGlobalUsingsQuiet;

[ThreadLocalSlot]
public sealed partial record Menu(int Version, List<string> Dishes); // expect: WEFT0001
