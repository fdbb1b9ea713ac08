global using Corpus.R11.TopLevelPostsCounter;
global using Weft;
