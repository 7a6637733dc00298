/** Small supervised models shared by the evaluation tools (logistic regression) and the sentence scorer's training. */
package org.newsbrief.eval.learn;
