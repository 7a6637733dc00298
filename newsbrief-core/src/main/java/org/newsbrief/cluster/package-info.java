/**
 * Story clustering: groups a collection or stream of analysed articles into stories, with
 * compact per-article signatures and blocking so that large collections are never compared
 * pair by pair.
 */
package org.newsbrief.cluster;
