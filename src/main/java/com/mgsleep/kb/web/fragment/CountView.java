package com.mgsleep.kb.web.fragment;

/**
 * A badge with a number beside it, such as a verdict and how many claims have it.
 *
 * @param <B> the badge's view
 * @param badge the badge
 * @param count the number
 */
public record CountView<B>(B badge, long count) {

}
